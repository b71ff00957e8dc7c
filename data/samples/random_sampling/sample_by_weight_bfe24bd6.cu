// Warp 1.19.0 cuda code for sample_by_weight_bfe24bd6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_by_weight_a83794a1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::float32> var_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::int32 var_seed,
    wp::float32 var_gain,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::uint32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::shape_t var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::float32 var_25 = -1.0;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        const wp::float32 var_28 = -1.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        const wp::float32 var_31 = -1.0;
        const wp::float32 var_32 = 1.0;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        //---------
        // forward
        // def sample_by_weight(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 15>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 16>
            return;
        }
        // rng = wp.rand_init(seed, tid)                                                          <L 17>
        var_5 = wp::rand_init(var_seed, var_0);
        // u = wp.randf(rng) * pdf[pdf.shape[0] - 1]                                              <L 18>
        var_6 = wp::randf(var_5);
        var_7 = &(var_pdf.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_12 = wp::sub(var_9, var_11);
        var_13 = wp::address(var_pdf, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_6, var_15);
        // index = wp.min(wp.lower_bound(pdf, u), points.shape[0] - 1)                            <L 19>
        var_16 = wp::lower_bound(var_pdf, var_14);
        var_17 = &(var_points.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::min(var_16, var_22);
        // points_out[tid] = points[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * gain       <L 21>
        var_24 = wp::address(var_points, var_23);
        var_27 = wp::randf(var_5, var_25, var_26);
        var_30 = wp::randf(var_5, var_28, var_29);
        var_33 = wp::randf(var_5, var_31, var_32);
        var_34 = wp::vec_t<3, wp::float32>(var_27, var_30, var_33);
        var_35 = wp::mul(var_34, var_gain);
        var_37 = wp::load(var_24);
        var_36 = wp::add(var_37, var_35);
        wp::array_store(var_points_out, var_0, var_36);
}



extern "C" __global__ void sample_by_weight_a83794a1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::float32> var_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::int32 var_seed,
    wp::float32 var_gain,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::float32> adj_pdf,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::int32 adj_seed,
    wp::float32 adj_gain,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::uint32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::shape_t* var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        wp::shape_t var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        const wp::float32 var_25 = -1.0;
        const wp::float32 var_26 = 1.0;
        wp::float32 var_27;
        const wp::float32 var_28 = -1.0;
        const wp::float32 var_29 = 1.0;
        wp::float32 var_30;
        const wp::float32 var_31 = -1.0;
        const wp::float32 var_32 = 1.0;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::shape_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        //---------
        // forward
        // def sample_by_weight(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 15>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // rng = wp.rand_init(seed, tid)                                                          <L 17>
        var_5 = wp::rand_init(var_seed, var_0);
        // u = wp.randf(rng) * pdf[pdf.shape[0] - 1]                                              <L 18>
        var_6 = wp::randf(var_5);
        var_7 = &(var_pdf.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_12 = wp::sub(var_9, var_11);
        var_13 = wp::address(var_pdf, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::mul(var_6, var_15);
        // index = wp.min(wp.lower_bound(pdf, u), points.shape[0] - 1)                            <L 19>
        var_16 = wp::lower_bound(var_pdf, var_14);
        var_17 = &(var_points.shape);
        var_20 = wp::load(var_17);
        var_19 = wp::extract(var_20, var_18);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::min(var_16, var_22);
        // points_out[tid] = points[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * gain       <L 21>
        var_24 = wp::address(var_points, var_23);
        var_27 = wp::randf(var_5, var_25, var_26);
        var_30 = wp::randf(var_5, var_28, var_29);
        var_33 = wp::randf(var_5, var_31, var_32);
        var_34 = wp::vec_t<3, wp::float32>(var_27, var_30, var_33);
        var_35 = wp::mul(var_34, var_gain);
        var_37 = wp::load(var_24);
        var_36 = wp::add(var_37, var_35);
        // wp::array_store(var_points_out, var_0, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_points_out, var_0, var_36, adj_points_out, adj_0, adj_36);
        wp::adj_add(var_37, var_35, adj_24, adj_35, adj_36);
        wp::adj_mul(var_34, var_gain, adj_34, adj_gain, adj_35);
        wp::adj_vec_t(var_27, var_30, var_33, adj_27, adj_30, adj_33, adj_34);
        wp::adj_address(var_points, var_23, adj_points, adj_23, adj_24);
        // adj: points_out[tid] = points[index] + (wp.vec3(wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0), wp.randf(rng, -1.0, 1.0))) * gain  <L 21>
        wp::adj_min(var_16, var_22, adj_16, adj_22, adj_23);
        wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
        adj_points.shape = adj_17;
        // adj: index = wp.min(wp.lower_bound(pdf, u), points.shape[0] - 1)                       <L 19>
        wp::adj_mul(var_6, var_15, adj_6, adj_13, adj_14);
        wp::adj_address(var_pdf, var_12, adj_pdf, adj_12, adj_13);
        wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
        adj_pdf.shape = adj_7;
        // adj: u = wp.randf(rng) * pdf[pdf.shape[0] - 1]                                         <L 18>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_1);
        // adj: if body_inv_mass[tid] == 0.0:                                                     <L 15>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def sample_by_weight(                                                             <L 5>
        return;
}

