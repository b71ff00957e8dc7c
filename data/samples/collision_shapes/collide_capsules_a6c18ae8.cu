// Warp 1.19.0 cuda code for collide_capsules_a6c18ae8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collide_capsules_ed56be50_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_ends,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::float32 var_16 = 1e-06;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32>* var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32>* var_40;
        const wp::int32 var_41 = 1;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        //---------
        // forward
        // def collide_capsules(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // candidate = contact_pairs[tid]                                                         <L 14>
        var_1 = wp::address(var_contact_pairs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // k = spring_stiffness[tid]                                                              <L 15>
        var_4 = wp::address(var_spring_stiffness, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // i = candidate[0]                                                                       <L 16>
        var_8 = wp::extract(var_2, var_7);
        // j = candidate[1]                                                                       <L 17>
        var_10 = wp::extract(var_2, var_9);
        // if i == j:                                                                             <L 18>
        var_11 = (var_8 == var_10);
        if (var_11) {
            // return                                                                             <L 19>
            continue;
        }
        // st = wp.closest_point_edge_edge(edge_starts[i], edge_ends[i], edge_starts[j], edge_ends[j], 1.0e-6)       <L 21>
        var_12 = wp::address(var_edge_starts, var_8);
        var_13 = wp::address(var_edge_ends, var_8);
        var_14 = wp::address(var_edge_starts, var_10);
        var_15 = wp::address(var_edge_ends, var_10);
        var_18 = wp::load(var_12);
        var_19 = wp::load(var_13);
        var_20 = wp::load(var_14);
        var_21 = wp::load(var_15);
        var_17 = wp::closest_point_edge_edge(var_18, var_19, var_20, var_21, var_16);
        // depth = particle_radius[i] + particle_radius[j] - st[2]                                <L 22>
        var_22 = wp::address(var_particle_radius, var_8);
        var_23 = wp::address(var_particle_radius, var_10);
        var_25 = wp::load(var_22);
        var_26 = wp::load(var_23);
        var_24 = wp::add(var_25, var_26);
        var_28 = wp::extract(var_17, var_27);
        var_29 = wp::sub(var_24, var_28);
        // if depth > 0.0:                                                                        <L 23>
        var_31 = (var_29 > var_30);
        if (var_31) {
            // pa = wp.lerp(edge_starts[i], edge_ends[i], st[0])                                  <L 24>
            var_32 = wp::address(var_edge_starts, var_8);
            var_33 = wp::address(var_edge_ends, var_8);
            var_35 = wp::extract(var_17, var_34);
            var_37 = wp::load(var_32);
            var_38 = wp::load(var_33);
            var_36 = wp::lerp(var_37, var_38, var_35);
            // pb = wp.lerp(edge_starts[j], edge_ends[j], st[1])                                  <L 25>
            var_39 = wp::address(var_edge_starts, var_10);
            var_40 = wp::address(var_edge_ends, var_10);
            var_42 = wp::extract(var_17, var_41);
            var_44 = wp::load(var_39);
            var_45 = wp::load(var_40);
            var_43 = wp::lerp(var_44, var_45, var_42);
            // f = wp.normalize(pa - pb) * (k * depth)                                            <L 26>
            var_46 = wp::sub(var_36, var_43);
            var_47 = wp::normalize(var_46);
            var_48 = wp::mul(var_5, var_29);
            var_49 = wp::mul(var_47, var_48);
            // wp.atomic_add(particle_f, i, f)                                                    <L 27>
            var_50 = wp::atomic_add(var_particle_f, var_8, var_49);
            // wp.atomic_sub(particle_f, j, f)                                                    <L 28>
            var_51 = wp::atomic_sub(var_particle_f, var_10, var_49);
        }
    }
}



extern "C" __global__ void collide_capsules_ed56be50_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_edge_ends,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<2, wp::int32>> adj_contact_pairs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_edge_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_edge_ends,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::vec_t<2, wp::int32>* var_1;
        wp::vec_t<2, wp::int32> var_2;
        wp::vec_t<2, wp::int32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        const wp::float32 var_16 = 1e-06;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::float32* var_22;
        wp::float32* var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::vec_t<3, wp::float32>* var_33;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32>* var_40;
        const wp::int32 var_41 = 1;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::float32 var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::int32> adj_1 = {};
        wp::vec_t<2, wp::int32> adj_2 = {};
        wp::vec_t<2, wp::int32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        //---------
        // forward
        // def collide_capsules(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // candidate = contact_pairs[tid]                                                         <L 14>
        var_1 = wp::address(var_contact_pairs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // k = spring_stiffness[tid]                                                              <L 15>
        var_4 = wp::address(var_spring_stiffness, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // i = candidate[0]                                                                       <L 16>
        var_8 = wp::extract(var_2, var_7);
        // j = candidate[1]                                                                       <L 17>
        var_10 = wp::extract(var_2, var_9);
        // if i == j:                                                                             <L 18>
        var_11 = (var_8 == var_10);
        if (var_11) {
            // return                                                                             <L 19>
            goto label0;
        }
        // st = wp.closest_point_edge_edge(edge_starts[i], edge_ends[i], edge_starts[j], edge_ends[j], 1.0e-6)       <L 21>
        var_12 = wp::address(var_edge_starts, var_8);
        var_13 = wp::address(var_edge_ends, var_8);
        var_14 = wp::address(var_edge_starts, var_10);
        var_15 = wp::address(var_edge_ends, var_10);
        var_18 = wp::load(var_12);
        var_19 = wp::load(var_13);
        var_20 = wp::load(var_14);
        var_21 = wp::load(var_15);
        var_17 = wp::closest_point_edge_edge(var_18, var_19, var_20, var_21, var_16);
        // depth = particle_radius[i] + particle_radius[j] - st[2]                                <L 22>
        var_22 = wp::address(var_particle_radius, var_8);
        var_23 = wp::address(var_particle_radius, var_10);
        var_25 = wp::load(var_22);
        var_26 = wp::load(var_23);
        var_24 = wp::add(var_25, var_26);
        var_28 = wp::extract(var_17, var_27);
        var_29 = wp::sub(var_24, var_28);
        // if depth > 0.0:                                                                        <L 23>
        var_31 = (var_29 > var_30);
        if (var_31) {
            // pa = wp.lerp(edge_starts[i], edge_ends[i], st[0])                                  <L 24>
            var_32 = wp::address(var_edge_starts, var_8);
            var_33 = wp::address(var_edge_ends, var_8);
            var_35 = wp::extract(var_17, var_34);
            var_37 = wp::load(var_32);
            var_38 = wp::load(var_33);
            var_36 = wp::lerp(var_37, var_38, var_35);
            // pb = wp.lerp(edge_starts[j], edge_ends[j], st[1])                                  <L 25>
            var_39 = wp::address(var_edge_starts, var_10);
            var_40 = wp::address(var_edge_ends, var_10);
            var_42 = wp::extract(var_17, var_41);
            var_44 = wp::load(var_39);
            var_45 = wp::load(var_40);
            var_43 = wp::lerp(var_44, var_45, var_42);
            // f = wp.normalize(pa - pb) * (k * depth)                                            <L 26>
            var_46 = wp::sub(var_36, var_43);
            var_47 = wp::normalize(var_46);
            var_48 = wp::mul(var_5, var_29);
            var_49 = wp::mul(var_47, var_48);
            // wp.atomic_add(particle_f, i, f)                                                    <L 27>
            // var_50 = wp::atomic_add(var_particle_f, var_8, var_49);
            // wp.atomic_sub(particle_f, j, f)                                                    <L 28>
            // var_51 = wp::atomic_sub(var_particle_f, var_10, var_49);
        }
        //---------
        // reverse
        if (var_31) {
            wp::adj_atomic_sub(var_particle_f, var_10, var_49, adj_particle_f, adj_10, adj_49, adj_51);
            // adj: wp.atomic_sub(particle_f, j, f)                                               <L 28>
            wp::adj_atomic_add(var_particle_f, var_8, var_49, adj_particle_f, adj_8, adj_49, adj_50);
            // adj: wp.atomic_add(particle_f, i, f)                                               <L 27>
            wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
            wp::adj_mul(var_5, var_29, adj_5, adj_29, adj_48);
            wp::adj_normalize(var_46, var_47, adj_46, adj_47);
            wp::adj_sub(var_36, var_43, adj_36, adj_43, adj_46);
            // adj: f = wp.normalize(pa - pb) * (k * depth)                                       <L 26>
            wp::adj_lerp(var_44, var_45, var_42, adj_39, adj_40, adj_42, adj_43);
            wp::adj_extract(var_17, var_41, adj_17, adj_41, adj_42);
            wp::adj_address(var_edge_ends, var_10, adj_edge_ends, adj_10, adj_40);
            wp::adj_address(var_edge_starts, var_10, adj_edge_starts, adj_10, adj_39);
            // adj: pb = wp.lerp(edge_starts[j], edge_ends[j], st[1])                             <L 25>
            wp::adj_lerp(var_37, var_38, var_35, adj_32, adj_33, adj_35, adj_36);
            wp::adj_extract(var_17, var_34, adj_17, adj_34, adj_35);
            wp::adj_address(var_edge_ends, var_8, adj_edge_ends, adj_8, adj_33);
            wp::adj_address(var_edge_starts, var_8, adj_edge_starts, adj_8, adj_32);
            // adj: pa = wp.lerp(edge_starts[i], edge_ends[i], st[0])                             <L 24>
        }
        // adj: if depth > 0.0:                                                                   <L 23>
        wp::adj_sub(var_24, var_28, adj_24, adj_28, adj_29);
        wp::adj_extract(var_17, var_27, adj_17, adj_27, adj_28);
        wp::adj_add(var_25, var_26, adj_22, adj_23, adj_24);
        wp::adj_address(var_particle_radius, var_10, adj_particle_radius, adj_10, adj_23);
        wp::adj_address(var_particle_radius, var_8, adj_particle_radius, adj_8, adj_22);
        // adj: depth = particle_radius[i] + particle_radius[j] - st[2]                           <L 22>
        wp::adj_closest_point_edge_edge(var_18, var_19, var_20, var_21, var_16, adj_12, adj_13, adj_14, adj_15, adj_16, adj_17);
        wp::adj_address(var_edge_ends, var_10, adj_edge_ends, adj_10, adj_15);
        wp::adj_address(var_edge_starts, var_10, adj_edge_starts, adj_10, adj_14);
        wp::adj_address(var_edge_ends, var_8, adj_edge_ends, adj_8, adj_13);
        wp::adj_address(var_edge_starts, var_8, adj_edge_starts, adj_8, adj_12);
        // adj: st = wp.closest_point_edge_edge(edge_starts[i], edge_ends[i], edge_starts[j], edge_ends[j], 1.0e-6)  <L 21>
        if (var_11) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        // adj: if i == j:                                                                        <L 18>
        wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
        // adj: j = candidate[1]                                                                  <L 17>
        wp::adj_extract(var_2, var_7, adj_2, adj_7, adj_8);
        // adj: i = candidate[0]                                                                  <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_4);
        // adj: k = spring_stiffness[tid]                                                         <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_contact_pairs, var_0, adj_contact_pairs, adj_0, adj_1);
        // adj: candidate = contact_pairs[tid]                                                    <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def collide_capsules(                                                             <L 5>
        continue;
    }
}

