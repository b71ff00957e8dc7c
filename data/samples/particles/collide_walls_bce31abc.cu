// Warp 1.19.0 cuda code for collide_walls_bce31abc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collide_walls_4e1bf310_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::float32 var_y_min,
    wp::float32 var_ceiling,
    wp::float32 var_bounce)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        //---------
        // forward
        // def collide_walls(                                                                     <L 5>
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
        // if x[1] < y_min:                                                                       <L 17>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_y_min);
        if (var_9) {
            // x[1] = y_min                                                                       <L 18>
            wp::assign_inplace(var_2, var_10, var_y_min);
            // v[1] = -v[1] * bounce                                                              <L 19>
            var_12 = wp::extract(var_5, var_11);
            var_13 = wp::neg(var_12);
            var_14 = wp::mul(var_13, var_bounce);
            wp::assign_inplace(var_5, var_15, var_14);
        }
        if (!var_9) {
            // elif x[1] > ceiling:                                                               <L 20>
            var_17 = wp::extract(var_2, var_16);
            var_18 = (var_17 > var_ceiling);
            if (var_18) {
                // x[1] = ceiling                                                                 <L 21>
                wp::assign_inplace(var_2, var_19, var_ceiling);
                // v[1] = -v[1] * bounce                                                          <L 22>
                var_21 = wp::extract(var_5, var_20);
                var_22 = wp::neg(var_21);
                var_23 = wp::mul(var_22, var_bounce);
                wp::assign_inplace(var_5, var_24, var_23);
            }
        }
        // positions[tid] = x                                                                     <L 23>
        wp::array_store(var_positions, var_0, var_2);
        // velocities[tid] = v                                                                    <L 24>
        wp::array_store(var_velocities, var_0, var_5);
    }
}



extern "C" __global__ void collide_walls_4e1bf310_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::float32 var_y_min,
    wp::float32 var_ceiling,
    wp::float32 var_bounce,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities,
    wp::float32 adj_y_min,
    wp::float32 adj_ceiling,
    wp::float32 adj_bounce)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        const wp::int32 var_7 = 1;
        wp::float32 var_8;
        bool var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        const wp::int32 var_20 = 1;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        //---------
        // forward
        // def collide_walls(                                                                     <L 5>
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
        // if x[1] < y_min:                                                                       <L 17>
        var_8 = wp::extract(var_2, var_7);
        var_9 = (var_8 < var_y_min);
        if (var_9) {
            // x[1] = y_min                                                                       <L 18>
            wp::assign_inplace(var_2, var_10, var_y_min);
            // v[1] = -v[1] * bounce                                                              <L 19>
            var_12 = wp::extract(var_5, var_11);
            var_13 = wp::neg(var_12);
            var_14 = wp::mul(var_13, var_bounce);
            wp::assign_inplace(var_5, var_15, var_14);
        }
        if (!var_9) {
            // elif x[1] > ceiling:                                                               <L 20>
            var_17 = wp::extract(var_2, var_16);
            var_18 = (var_17 > var_ceiling);
            if (var_18) {
                // x[1] = ceiling                                                                 <L 21>
                wp::assign_inplace(var_2, var_19, var_ceiling);
                // v[1] = -v[1] * bounce                                                          <L 22>
                var_21 = wp::extract(var_5, var_20);
                var_22 = wp::neg(var_21);
                var_23 = wp::mul(var_22, var_bounce);
                wp::assign_inplace(var_5, var_24, var_23);
            }
        }
        // positions[tid] = x                                                                     <L 23>
        // wp::array_store(var_positions, var_0, var_2);
        // velocities[tid] = v                                                                    <L 24>
        // wp::array_store(var_velocities, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_velocities, var_0, var_5, adj_velocities, adj_0, adj_5);
        // adj: velocities[tid] = v                                                               <L 24>
        wp::adj_array_store(var_positions, var_0, var_2, adj_positions, adj_0, adj_2);
        // adj: positions[tid] = x                                                                <L 23>
        if (!var_9) {
            if (var_18) {
                wp::adj_assign_inplace(var_5, var_24, var_23, adj_5, adj_24, adj_23);
                wp::adj_mul(var_22, var_bounce, adj_22, adj_bounce, adj_23);
                wp::adj_neg(var_21, adj_21, adj_22);
                wp::adj_extract(var_5, var_20, adj_5, adj_20, adj_21);
                // adj: v[1] = -v[1] * bounce                                                     <L 22>
                wp::adj_assign_inplace(var_2, var_19, var_ceiling, adj_2, adj_19, adj_ceiling);
                // adj: x[1] = ceiling                                                            <L 21>
            }
            wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
            // adj: elif x[1] > ceiling:                                                          <L 20>
        }
        if (var_9) {
            wp::adj_assign_inplace(var_5, var_15, var_14, adj_5, adj_15, adj_14);
            wp::adj_mul(var_13, var_bounce, adj_13, adj_bounce, adj_14);
            wp::adj_neg(var_12, adj_12, adj_13);
            wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_12);
            // adj: v[1] = -v[1] * bounce                                                         <L 19>
            wp::adj_assign_inplace(var_2, var_10, var_y_min, adj_2, adj_10, adj_y_min);
            // adj: x[1] = y_min                                                                  <L 18>
        }
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: if x[1] < y_min:                                                                  <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def collide_walls(                                                                <L 5>
        continue;
    }
}

