// Warp 1.19.0 cuda code for enforce_bounds_924ffa20.py; preceded by preamble_cuda_93b22071978ccd96.cuh

struct Box_ed1dbaa7
{
    wp::vec_t<3, wp::float32> lower;
    wp::vec_t<3, wp::float32> upper;


    Box_ed1dbaa7() = default;
    CUDA_CALLABLE Box_ed1dbaa7(wp::vec_t<3, wp::float32> const& lower,
    wp::vec_t<3, wp::float32> const& upper = {})
        : lower{lower}
        , upper{upper}

    {
    }

    CUDA_CALLABLE Box_ed1dbaa7& operator += (const Box_ed1dbaa7& rhs)
    {    lower += rhs.lower;
    upper += rhs.upper;

        return *this;}

};

static CUDA_CALLABLE void adj_Box_ed1dbaa7(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    Box_ed1dbaa7 & adj_ret)
{
    adj_lower += adj_ret.lower;
    adj_upper += adj_ret.upper;
}

// Required when compiling adjoints.
CUDA_CALLABLE Box_ed1dbaa7 add(const Box_ed1dbaa7& a, const Box_ed1dbaa7& b)
{
    return Box_ed1dbaa7();
}

CUDA_CALLABLE void adj_atomic_add(Box_ed1dbaa7* p, Box_ed1dbaa7 t)
{
    wp::adj_atomic_add(&p->lower, t.lower);
    wp::adj_atomic_add(&p->upper, t.upper);
}





extern "C" __global__ void enforce_bounds_1ea36cba_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    Box_ed1dbaa7 var_box,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // forward
        // def enforce_bounds(box: Box, points: wp.array[wp.vec3]):                               <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = pos                                                                                <L 14>
        var_4 = wp::copy(var_2);
        // points[tid] = wp.vec3(                                                                 <L 15>
        // wp.clamp(p[0], box.lower[0], box.upper[0]),                                            <L 16>
        var_6 = wp::extract(var_4, var_5);
        var_7 = &((var_box).lower);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = &((var_box).upper);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::clamp(var_6, var_9, var_13);
        // wp.clamp(p[1], box.lower[1], box.upper[1]),                                            <L 17>
        var_17 = wp::extract(var_4, var_16);
        var_18 = &((var_box).lower);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = &((var_box).upper);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::clamp(var_17, var_20, var_24);
        // wp.clamp(p[2], box.lower[2], box.upper[2]),                                            <L 18>
        var_28 = wp::extract(var_4, var_27);
        var_29 = &((var_box).lower);
        var_32 = wp::load(var_29);
        var_31 = wp::extract(var_32, var_30);
        var_33 = &((var_box).upper);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = wp::clamp(var_28, var_31, var_35);
        var_38 = wp::vec_t<3, wp::float32>(var_15, var_26, var_37);
        // points[tid] = wp.vec3(                                                                 <L 15>
        wp::array_store(var_points, var_0, var_38);
    }
}



extern "C" __global__ void enforce_bounds_1ea36cba_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    Box_ed1dbaa7 var_box,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    Box_ed1dbaa7 adj_box,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32>* var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32>* var_33;
        const wp::int32 var_34 = 2;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        //---------
        // forward
        // def enforce_bounds(box: Box, points: wp.array[wp.vec3]):                               <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = pos                                                                                <L 14>
        var_4 = wp::copy(var_2);
        // points[tid] = wp.vec3(                                                                 <L 15>
        // wp.clamp(p[0], box.lower[0], box.upper[0]),                                            <L 16>
        var_6 = wp::extract(var_4, var_5);
        var_7 = &((var_box).lower);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = &((var_box).upper);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::clamp(var_6, var_9, var_13);
        // wp.clamp(p[1], box.lower[1], box.upper[1]),                                            <L 17>
        var_17 = wp::extract(var_4, var_16);
        var_18 = &((var_box).lower);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = &((var_box).upper);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::clamp(var_17, var_20, var_24);
        // wp.clamp(p[2], box.lower[2], box.upper[2]),                                            <L 18>
        var_28 = wp::extract(var_4, var_27);
        var_29 = &((var_box).lower);
        var_32 = wp::load(var_29);
        var_31 = wp::extract(var_32, var_30);
        var_33 = &((var_box).upper);
        var_36 = wp::load(var_33);
        var_35 = wp::extract(var_36, var_34);
        var_37 = wp::clamp(var_28, var_31, var_35);
        var_38 = wp::vec_t<3, wp::float32>(var_15, var_26, var_37);
        // points[tid] = wp.vec3(                                                                 <L 15>
        // wp::array_store(var_points, var_0, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_38, adj_points, adj_0, adj_38);
        // adj: points[tid] = wp.vec3(                                                            <L 15>
        wp::adj_vec_t(var_15, var_26, var_37, adj_15, adj_26, adj_37, adj_38);
        wp::adj_clamp(var_28, var_31, var_35, adj_28, adj_31, adj_35, adj_37);
        wp::adj_extract(var_36, var_34, adj_33, adj_34, adj_35);
        adj_box.upper += adj_33;
        wp::adj_extract(var_32, var_30, adj_29, adj_30, adj_31);
        adj_box.lower += adj_29;
        wp::adj_extract(var_4, var_27, adj_4, adj_27, adj_28);
        // adj: wp.clamp(p[2], box.lower[2], box.upper[2]),                                       <L 18>
        wp::adj_clamp(var_17, var_20, var_24, adj_17, adj_20, adj_24, adj_26);
        wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
        adj_box.upper += adj_22;
        wp::adj_extract(var_21, var_19, adj_18, adj_19, adj_20);
        adj_box.lower += adj_18;
        wp::adj_extract(var_4, var_16, adj_4, adj_16, adj_17);
        // adj: wp.clamp(p[1], box.lower[1], box.upper[1]),                                       <L 17>
        wp::adj_clamp(var_6, var_9, var_13, adj_6, adj_9, adj_13, adj_15);
        wp::adj_extract(var_14, var_12, adj_11, adj_12, adj_13);
        adj_box.upper += adj_11;
        wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
        adj_box.lower += adj_7;
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: wp.clamp(p[0], box.lower[0], box.upper[0]),                                       <L 16>
        // adj: points[tid] = wp.vec3(                                                            <L 15>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: p = pos                                                                           <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: pos = points[tid]                                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def enforce_bounds(box: Box, points: wp.array[wp.vec3]):                          <L 11>
        continue;
    }
}

