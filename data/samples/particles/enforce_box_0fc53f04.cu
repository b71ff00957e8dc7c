// Warp 1.19.0 cuda code for enforce_box_0fc53f04.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void enforce_box_caef4e92_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_left,
    wp::float32 var_right,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.5;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        //---------
        // forward
        // def enforce_box(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if x[0] < left:                                                                        <L 17>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_left);
        if (var_9) {
            // x[0] = left                                                                        <L 18>
            wp::assign_inplace(var_2, var_10, var_left);
            // v[0] = -v[0] * 0.5                                                                 <L 19>
            var_12 = wp::extract(var_5, var_11);
            var_13 = wp::neg(var_12);
            var_15 = wp::mul(var_13, var_14);
            wp::assign_inplace(var_5, var_16, var_15);
        }
        // if x[0] > right:                                                                       <L 20>
        var_18 = wp::extract(var_2, var_17);
        var_19 = (var_18 > var_right);
        if (var_19) {
            // x[0] = right                                                                       <L 21>
            wp::assign_inplace(var_2, var_20, var_right);
            // v[0] = -v[0] * 0.5                                                                 <L 22>
            var_22 = wp::extract(var_5, var_21);
            var_23 = wp::neg(var_22);
            var_25 = wp::mul(var_23, var_24);
            wp::assign_inplace(var_5, var_26, var_25);
        }
        // positions_out[tid] = x                                                                 <L 23>
        wp::array_store(var_positions_out, var_0, var_2);
        // velocities_out[tid] = v                                                                <L 24>
        wp::array_store(var_velocities_out, var_0, var_5);
    }
}



extern "C" __global__ void enforce_box_caef4e92_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_left,
    wp::float32 var_right,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::float32 adj_left,
    wp::float32 adj_right,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.5;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def enforce_box(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if x[0] < left:                                                                        <L 17>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_left);
        if (var_9) {
            // x[0] = left                                                                        <L 18>
            wp::assign_inplace(var_2, var_10, var_left);
            // v[0] = -v[0] * 0.5                                                                 <L 19>
            var_12 = wp::extract(var_5, var_11);
            var_13 = wp::neg(var_12);
            var_15 = wp::mul(var_13, var_14);
            wp::assign_inplace(var_5, var_16, var_15);
        }
        // if x[0] > right:                                                                       <L 20>
        var_18 = wp::extract(var_2, var_17);
        var_19 = (var_18 > var_right);
        if (var_19) {
            // x[0] = right                                                                       <L 21>
            wp::assign_inplace(var_2, var_20, var_right);
            // v[0] = -v[0] * 0.5                                                                 <L 22>
            var_22 = wp::extract(var_5, var_21);
            var_23 = wp::neg(var_22);
            var_25 = wp::mul(var_23, var_24);
            wp::assign_inplace(var_5, var_26, var_25);
        }
        // positions_out[tid] = x                                                                 <L 23>
        // wp::array_store(var_positions_out, var_0, var_2);
        // velocities_out[tid] = v                                                                <L 24>
        // wp::array_store(var_velocities_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_velocities_out, var_0, var_5, adj_velocities_out, adj_0, adj_5);
        // adj: velocities_out[tid] = v                                                           <L 24>
        wp::adj_array_store(var_positions_out, var_0, var_2, adj_positions_out, adj_0, adj_2);
        // adj: positions_out[tid] = x                                                            <L 23>
        if (var_19) {
            wp::adj_assign_inplace(var_5, var_26, var_25, adj_5, adj_26, adj_25);
            wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
            wp::adj_neg(var_22, adj_22, adj_23);
            wp::adj_extract(var_5, var_21, adj_5, adj_21, adj_22);
            // adj: v[0] = -v[0] * 0.5                                                            <L 22>
            wp::adj_assign_inplace(var_2, var_20, var_right, adj_2, adj_20, adj_right);
            // adj: x[0] = right                                                                  <L 21>
        }
        wp::adj_extract(var_2, var_17, adj_2, adj_17, adj_18);
        // adj: if x[0] > right:                                                                  <L 20>
        if (var_9) {
            wp::adj_assign_inplace(var_5, var_16, var_15, adj_5, adj_16, adj_15);
            wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
            wp::adj_neg(var_12, adj_12, adj_13);
            wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_12);
            // adj: v[0] = -v[0] * 0.5                                                            <L 19>
            wp::adj_assign_inplace(var_2, var_10, var_left, adj_2, adj_10, adj_left);
            // adj: x[0] = left                                                                   <L 18>
        }
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: if x[0] < left:                                                                   <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def enforce_box(                                                                  <L 5>
        continue;
    }
}

